package dev.peregrine.reliability.probes;

/**
 * One thing a probe checked: an oracle (the server must do this) or a target (a number it should
 * reach on this machine, reported but, timing being noisy, not failing the probe).
 *
 * @param name what was checked, as a sentence
 * @param passed whether it held
 * @param detail the numbers behind the verdict
 */
record Check(String name, boolean passed, String detail) {
}
