-- Deletes every message and claim of a queue; with ARGV[1] = '1' also the queue itself and its
-- position counter (a queue delete), else they stay (a purge: positions keep counting up, so a
-- marker handed out before never names a later message).
-- KEYS: [1] queue hash, [2] position counter, [3] message index, [4] expiry index,
--       [5] claimed index, [6] claim index
-- Message and claim keys are built from KEYS[1], in its slot.
-- Returns 1 when the queue existed, else 0.
local existed = redis.call('EXISTS', KEYS[1])
for _, id in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  redis.call('DEL', KEYS[1] .. ':m:' .. id)
end
for _, id in ipairs(redis.call('ZRANGE', KEYS[6], 0, -1)) do
  redis.call('DEL', KEYS[1] .. ':c:' .. id, KEYS[1] .. ':c:' .. id .. ':m')
end
redis.call('DEL', KEYS[3], KEYS[4], KEYS[5], KEYS[6])
if ARGV[1] == '1' then
  redis.call('DEL', KEYS[1], KEYS[2])
end
return existed
