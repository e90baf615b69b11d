-- Zaqar's claim_messages script, written for this project from the behaviour the reference
-- describes (Debian's python3-zaqar ships without it), flaws included, so the anchor behaves as
-- Zaqar does: it checks candidates only until the first claimable one, then claims every id
-- whose hash still exists.
-- KEYS[1]: the queue's message ZSET.
-- ARGV: now, limit, claim id, claim expires, message ttl, message expires.
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local claim_id = ARGV[3]
local claim_expires = tonumber(ARGV[4])
local message_ttl = tonumber(ARGV[5])
local message_expires = tonumber(ARGV[6])

local claimed = {}
local gone = {}
local found_claimable = false
local start = 0
while #claimed < limit do
  local ids = redis.call('ZRANGE', KEYS[1], start, start + 99)
  if #ids == 0 then
    break
  end
  for _, id in ipairs(ids) do
    if #claimed >= limit then
      break
    end
    if not found_claimable then
      local state = redis.call('HMGET', id, 'c', 'c.e', 'd')
      if not state[1] and not state[2] and not state[3] then
        table.insert(gone, id)
      elseif (state[1] == '' or tonumber(state[2] or 0) <= now) and tonumber(state[3] or 0) <= now then
        found_claimable = true
      end
    end
    if found_claimable then
      if redis.call('EXISTS', id) == 1 then
        redis.call('HMSET', id, 'c', claim_id, 'c.e', claim_expires)
        if tonumber(redis.call('HGET', id, 'e') or 0) < claim_expires then
          redis.call('HMSET', id, 't', message_ttl, 'e', message_expires)
        end
        table.insert(claimed, id)
      else
        table.insert(gone, id)
      end
    end
  end
  start = start + 100
end
if #gone > 0 then
  redis.call('ZREM', KEYS[1], unpack(gone))
end
return claimed
