-- Renews a live claim from now with a new ttl and grace, extending its messages' lives (fields
-- and key TTLs) where they would end before the claim.
-- KEYS: [1] queue hash, [2] expiry index, [3] claimed index, [4] claim index
-- ARGV: [1] now, [2] claim id, [3] ttl, [4] grace, [5] Redis TTL margin
-- Claim and message keys are built from KEYS[1], as in read_claim.lua.
-- Returns 1, or 0 when the claim does not exist or has ended.
local now = tonumber(ARGV[1])
local claim_id = ARGV[2]
local ttl = tonumber(ARGV[3])
local grace = tonumber(ARGV[4])
local margin = tonumber(ARGV[5])
local claim_key = KEYS[1] .. ':c:' .. claim_id
local expires = redis.call('HGET', claim_key, 'e')
if not expires or tonumber(expires) <= now then
  return 0
end
local claim_ends = now + ttl
redis.call('HSET', claim_key, 't', ttl, 'g', grace, 'u', now, 'e', claim_ends)
redis.call('EXPIRE', claim_key, ttl + margin)
redis.call('EXPIRE', claim_key .. ':m', ttl + margin)
redis.call('ZADD', KEYS[4], claim_ends, claim_id)
for _, id in ipairs(redis.call('ZRANGE', claim_key .. ':m', 0, -1)) do
  local key = KEYS[1] .. ':m:' .. id
  local m = redis.call('HMGET', key, 'c', 'ce', 'e')
  if m[1] == claim_id and tonumber(m[2]) > now then
    redis.call('HSET', key, 'ce', claim_ends)
    redis.call('ZADD', KEYS[3], claim_ends, id)
    if tonumber(m[3]) < claim_ends then
      redis.call('HSET', key, 't', ttl + grace, 'e', claim_ends + grace)
      redis.call('EXPIRE', key, ttl + grace + margin)
      redis.call('ZADD', KEYS[2], claim_ends + grace, id)
    end
  end
end
return 1
