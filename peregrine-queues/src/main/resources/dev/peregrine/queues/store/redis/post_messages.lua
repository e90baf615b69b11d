-- Posts messages to one queue at consecutive positions, creating the queue when it is missing.
-- KEYS: [1] queue hash, [2] position counter, [3] message index (ZSET by position),
--       [4] expiry index (ZSET by expiry)
-- ARGV: [1] now, [2] client id, [3] Redis TTL margin in seconds, [4] '1' for one ZADD per message,
--       then per message: id, body, ttl, delay
-- Message hashes are KEYS[1] .. ':m:' .. id: built from the declared queue key, so they share its
-- hash tag and slot.
-- Returns {first position, 1 when the queue was created else 0}.
-- A post's bytes are capped, not its messages (a 256 KiB post can hold 15,000 tiny ones), and Lua
-- unpacks at most about 8,000 values at once, so the batched ZADDs go 1,000 members at a time.
local BATCH = 1000
local function zadd_all(key, pairs)
  for from = 1, #pairs, 2 * BATCH do
    redis.call('ZADD', key, unpack(pairs, from, math.min(from + 2 * BATCH - 1, #pairs)))
  end
end
local now = tonumber(ARGV[1])
local client = ARGV[2]
local margin = tonumber(ARGV[3])
local single_zadds = ARGV[4] == '1'
local created = 0
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'm', '{}')
  created = 1
end
local first = tonumber(redis.call('GET', KEYS[2]) or '1')
local count = (#ARGV - 4) / 4
local positions = {}
local expiries = {}
for i = 0, count - 1 do
  local base = 5 + i * 4
  local id = ARGV[base]
  local ttl = tonumber(ARGV[base + 2])
  local position = first + i
  local expires = now + ttl
  local key = KEYS[1] .. ':m:' .. id
  redis.call('HSET', key, 'p', position, 'b', ARGV[base + 1], 'cr', now, 't', ttl, 'e', expires,
    'u', client, 'd', now + tonumber(ARGV[base + 3]), 'ce', 0, 'cc', 0)
  redis.call('EXPIRE', key, ttl + margin)
  if single_zadds then
    redis.call('ZADD', KEYS[3], position, id)
  else
    positions[#positions + 1] = position
    positions[#positions + 1] = id
  end
  expiries[#expiries + 1] = expires
  expiries[#expiries + 1] = id
end
if not single_zadds then
  zadd_all(KEYS[3], positions)
end
zadd_all(KEYS[4], expiries)
redis.call('SET', KEYS[2], first + count)
return {first, created}
