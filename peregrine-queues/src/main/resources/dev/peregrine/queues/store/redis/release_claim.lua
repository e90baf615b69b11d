-- Ends a claim at once: its messages may be claimed again. Nothing happens for an unknown claim.
-- KEYS: [1] queue hash, [2] claimed index, [3] claim index
-- ARGV: [1] now, [2] claim id
-- Claim and message keys are built from KEYS[1], as in read_claim.lua.
local now = tonumber(ARGV[1])
local claim_id = ARGV[2]
local claim_key = KEYS[1] .. ':c:' .. claim_id
for _, id in ipairs(redis.call('ZRANGE', claim_key .. ':m', 0, -1)) do
  local key = KEYS[1] .. ':m:' .. id
  local m = redis.call('HMGET', key, 'c', 'ce')
  if m[1] == claim_id then
    redis.call('HDEL', key, 'c')
    if tonumber(m[2]) > now then
      redis.call('HSET', key, 'ce', now)
    end
    redis.call('ZREM', KEYS[2], id)
  end
end
redis.call('DEL', claim_key, claim_key .. ':m')
redis.call('ZREM', KEYS[3], claim_id)
return 1
