-- The messages of one queue with the given ids, in the order asked, skipping the ones that are
-- not there or have expired.
-- KEYS: [1] queue hash
-- ARGV: [1] now, then the message ids; each hash is KEYS[1] .. ':m:' .. id, in KEYS[1]'s slot.
-- Returns one array per message found: id, then the hash fields p b cr t e u d c ce cc.
local now = tonumber(ARGV[1])
local found = {}
for i = 2, #ARGV do
  local id = ARGV[i]
  local m = redis.call('HMGET', KEYS[1] .. ':m:' .. id, 'p', 'b', 'cr', 't', 'e', 'u', 'd', 'c', 'ce', 'cc')
  if m[1] and tonumber(m[5]) > now then
    found[#found + 1] = {id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]}
  end
end
return found
