-- Removes from one queue a batch of messages that have expired (by the store's clock; their
-- hashes may already be gone by Redis TTL) and of claims that have ended.
-- KEYS: [1] queue hash, [2] message index, [3] expiry index, [4] claimed index, [5] claim index
-- ARGV: [1] now, [2] the most messages and claims to remove
-- Message and claim keys are built from KEYS[1], in its slot.
-- Returns {messages removed, claims removed}.
local now = tonumber(ARGV[1])
local batch = tonumber(ARGV[2])
local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, batch)
for _, id in ipairs(expired) do
  redis.call('DEL', KEYS[1] .. ':m:' .. id)
end
if #expired > 0 then
  redis.call('ZREM', KEYS[2], unpack(expired))
  redis.call('ZREM', KEYS[3], unpack(expired))
  redis.call('ZREM', KEYS[4], unpack(expired))
end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
local ended = redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', now, 'LIMIT', 0, batch)
for _, id in ipairs(ended) do
  redis.call('DEL', KEYS[1] .. ':c:' .. id, KEYS[1] .. ':c:' .. id .. ':m')
end
if #ended > 0 then
  redis.call('ZREM', KEYS[5], unpack(ended))
end
return {#expired, #ended}
