-- A live claim and the messages it still holds, in queue order.
-- KEYS: [1] queue hash
-- ARGV: [1] now, [2] claim id
-- The claim's keys are KEYS[1] .. ':c:' .. claim id (a hash) and that .. ':m' (its messages, a
-- ZSET by position); message hashes are KEYS[1] .. ':m:' .. id: all in KEYS[1]'s slot.
-- Returns {ttl, grace, updated, expires, messages...}, each message an array (id, then p b cr t e
-- u d c ce cc), or an empty array when the claim does not exist or has ended.
local now = tonumber(ARGV[1])
local claim_key = KEYS[1] .. ':c:' .. ARGV[2]
local claim = redis.call('HMGET', claim_key, 't', 'g', 'u', 'e')
if not claim[4] or tonumber(claim[4]) <= now then
  return {}
end
local reply = {claim[1], claim[2], claim[3], claim[4]}
for _, id in ipairs(redis.call('ZRANGE', claim_key .. ':m', 0, -1)) do
  local m = redis.call('HMGET', KEYS[1] .. ':m:' .. id, 'p', 'b', 'cr', 't', 'e', 'u', 'd', 'c', 'ce', 'cc')
  if m[1] and m[8] == ARGV[2] and tonumber(m[9]) > now and tonumber(m[5]) > now then
    reply[#reply + 1] = {id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]}
  end
end
return reply
