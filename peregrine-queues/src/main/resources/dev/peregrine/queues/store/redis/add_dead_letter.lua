-- The first of the two steps that move a message to a dead-letter queue: adds it, unclaimed and
-- with no claims counted, at the dead-letter queue's next position, creating that queue when it
-- is missing. A message already there (a move repeated after a failure) is left as it is.
-- KEYS: [1] dead-letter queue hash, [2] its position counter, [3] its message index,
--       [4] its expiry index
-- ARGV: [1] now, [2] Redis TTL margin, [3] id, [4] body, [5] created, [6] ttl, [7] expires,
--       [8] client id, [9] delay until, [10] the new ttl ('' to keep the message's own)
-- The message hash is KEYS[1] .. ':m:' .. id, in KEYS[1]'s slot.
-- Returns 1 when the queue was created, else 0.
local now = tonumber(ARGV[1])
local margin = tonumber(ARGV[2])
local id = ARGV[3]
local created = 0
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'm', '{}')
  created = 1
end
local key = KEYS[1] .. ':m:' .. id
if redis.call('EXISTS', key) == 1 then
  return created
end
local ttl = tonumber(ARGV[6])
local expires = tonumber(ARGV[7])
if ARGV[10] ~= '' then
  ttl = tonumber(ARGV[10])
  expires = now + ttl
end
local position = tonumber(redis.call('GET', KEYS[2]) or '1')
redis.call('HSET', key, 'p', position, 'b', ARGV[4], 'cr', ARGV[5], 't', ttl, 'e', expires,
  'u', ARGV[8], 'd', ARGV[9], 'ce', 0, 'cc', 0)
redis.call('EXPIRE', key, math.max(1, expires - now + margin))
redis.call('ZADD', KEYS[3], position, id)
redis.call('ZADD', KEYS[4], expires, id)
redis.call('SET', KEYS[2], position + 1)
return created
