-- Deletes the given messages of one queue, claimed or not; ids that are not there are skipped.
-- KEYS: [1] queue hash, [2] message index, [3] expiry index, [4] claimed index
-- ARGV: the message ids; each hash is KEYS[1] .. ':m:' .. id, in KEYS[1]'s slot.
-- Returns how many hashes it deleted.
local deleted = 0
for _, id in ipairs(ARGV) do
  deleted = deleted + redis.call('DEL', KEYS[1] .. ':m:' .. id)
end
if #ARGV > 0 then
  redis.call('ZREM', KEYS[2], unpack(ARGV))
  redis.call('ZREM', KEYS[3], unpack(ARGV))
  redis.call('ZREM', KEYS[4], unpack(ARGV))
end
return deleted
