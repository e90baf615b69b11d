"""Zaqar 15 from Debian as a WSGI app for the benchmark's anchor.

Two things Debian's package cannot do on its own, and nothing else:
- it is configured from the file named by ZAQAR_ANCHOR_CONF (oslo.config would otherwise parse
  the WSGI server's own command line);
- its Redis driver reads index_messages.lua and claim_messages.lua from this folder, because the
  package ships without them.
"""
import os
import sys

from zaqar.storage.redis import scripting

_HERE = os.path.dirname(os.path.abspath(__file__))


def _read_script(name):
    with open(os.path.join(_HERE, name + '.lua')) as script:
        return script.read()


scripting._read_script = _read_script
sys.argv = ['zaqar-anchor', '--config-file', os.environ['ZAQAR_ANCHOR_CONF']]

from zaqar.transport.wsgi.app import app  # noqa: E402  (configured above)
