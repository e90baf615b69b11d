-- A queue's counts at now, and its oldest and newest messages that have not expired.
-- KEYS: [1] queue hash, [2] message index, [3] expiry index, [4] claimed index
-- ARGV: [1] now, [2] how many index entries to scan at most from each end
-- Totals come from the expiry and claimed indexes (no claim hash is read, so an ended claim can
-- never make stats fail, unlike Zaqar's driver); message hashes are KEYS[1] .. ':m:' .. id.
-- Returns {total, claimed, oldest or false, newest or false}, messages as arrays (id, then p b cr
-- t e u d c ce cc).
local now = tonumber(ARGV[1])
local bound = tonumber(ARGV[2])
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {0, 0, false, false}
end
local total = redis.call('ZCOUNT', KEYS[3], '(' .. now, '+inf')
local claimed = redis.call('ZCOUNT', KEYS[4], '(' .. now, '+inf')
local function first_live(newest)
  local scanned = 0
  while scanned < bound do
    local ids
    if newest then
      ids = redis.call('ZREVRANGE', KEYS[2], scanned, scanned + 99)
    else
      ids = redis.call('ZRANGE', KEYS[2], scanned, scanned + 99)
    end
    if #ids == 0 then
      return false
    end
    for _, id in ipairs(ids) do
      local m = redis.call('HMGET', KEYS[1] .. ':m:' .. id, 'p', 'b', 'cr', 't', 'e', 'u', 'd', 'c', 'ce', 'cc')
      if m[1] and tonumber(m[5]) > now then
        return {id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]}
      end
    end
    scanned = scanned + #ids
  end
  return false
end
return {total, claimed, first_live(false), first_live(true)}
