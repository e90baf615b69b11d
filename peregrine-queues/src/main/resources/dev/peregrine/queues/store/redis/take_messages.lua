-- Takes up to a limit of the oldest claimable messages for a claim or a pop. Every candidate is
-- tested on its own: not expired, not held by a live claim, not delayed. A candidate the queue's
-- dead-letter policy says has been claimed enough is not taken: it is held by this claim (so no
-- other claim takes it) and answered apart, for the caller to move to the dead-letter queue.
-- KEYS: [1] queue hash, [2] message index, [3] expiry index, [4] claimed index (ZSET by claim end),
--       [5] claim index (ZSET by claim end)
-- ARGV: [1] now, [2] limit, [3] claim id, [4] claim ttl, [5] grace, [6] Redis TTL margin,
--       [7] max claim count (0 for no dead-letter queue), [8] '1' to pop (delete what is taken),
--       [9] how many index entries to scan at most
-- Message and claim keys are built from KEYS[1] (':m:' id, ':c:' claim id, ':c:' claim id ':m'),
-- so they share its hash tag and slot.
-- Returns {taken, to move}: one array per message, id then the fields p b cr t e u d c ce cc, as
-- they stand after the take.
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local claim_id = ARGV[3]
local ttl = tonumber(ARGV[4])
local grace = tonumber(ARGV[5])
local margin = tonumber(ARGV[6])
local max_claims = tonumber(ARGV[7])
local pop = ARGV[8] == '1'
local bound = tonumber(ARGV[9])
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {{}, {}}
end
local claim_ends = now + ttl
local taken = {}
local moving = {}
local missing = {}
local scanned = 0
local claim_members = KEYS[1] .. ':c:' .. claim_id .. ':m'
local from = '-inf'
while #taken < limit and scanned < bound do
  local ids = redis.call('ZRANGEBYSCORE', KEYS[2], from, '+inf', 'WITHSCORES', 'LIMIT', 0, 100)
  if #ids == 0 then
    break
  end
  for i = 1, #ids, 2 do
    local id = ids[i]
    local key = KEYS[1] .. ':m:' .. id
    scanned = scanned + 1
    from = '(' .. ids[i + 1]
    local m = redis.call('HMGET', key, 'p', 'b', 'cr', 't', 'e', 'u', 'd', 'c', 'ce', 'cc')
    if not m[1] then
      missing[#missing + 1] = id
    elseif tonumber(m[5]) > now and tonumber(m[9]) <= now and tonumber(m[7]) <= now then
      local claims = tonumber(m[10])
      redis.call('HSET', key, 'c', claim_id, 'ce', claim_ends)
      m[8] = claim_id
      m[9] = tostring(claim_ends)
      if max_claims > 0 and claims >= max_claims then
        moving[#moving + 1] = {id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]}
      else
        m[10] = tostring(claims + 1)
        redis.call('HSET', key, 'cc', m[10])
        if tonumber(m[5]) < claim_ends then
          -- The message would die before its claim: it lives on until the grace after it, and so
          -- does its key (Zaqar's driver changed the fields but not the key's TTL).
          m[4] = tostring(ttl + grace)
          m[5] = tostring(claim_ends + grace)
          redis.call('HSET', key, 't', m[4], 'e', m[5])
          redis.call('EXPIRE', key, ttl + grace + margin)
          redis.call('ZADD', KEYS[3], m[5], id)
        end
        taken[#taken + 1] = {id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]}
        if pop then
          redis.call('DEL', key)
          redis.call('ZREM', KEYS[2], id)
          redis.call('ZREM', KEYS[3], id)
        else
          redis.call('ZADD', KEYS[4], claim_ends, id)
          redis.call('ZADD', claim_members, m[1], id)
        end
        if #taken == limit then
          break
        end
      end
    end
  end
  if #ids < 200 then
    break
  end
end
-- Up to the scan bound of ids can be missing, more than Lua unpacks at once (about 8,000).
for from = 1, #missing, 1000 do
  redis.call('ZREM', KEYS[2], unpack(missing, from, math.min(from + 999, #missing)))
end
if #taken > 0 and not pop then
  local claim_key = KEYS[1] .. ':c:' .. claim_id
  redis.call('HSET', claim_key, 't', ttl, 'g', grace, 'u', now, 'e', claim_ends)
  redis.call('EXPIRE', claim_key, ttl + margin)
  redis.call('EXPIRE', claim_members, ttl + margin)
  redis.call('ZADD', KEYS[5], claim_ends, claim_id)
end
return {taken, moving}
