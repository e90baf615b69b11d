-- Deletes one message under the claim rules: a claimed message goes only with its live claim's id.
-- KEYS: [1] queue hash, [2] message index, [3] expiry index, [4] claimed index, [5] claim index
-- ARGV: [1] now, [2] message id, [3] the caller's claim id ('' for none)
-- The message hash is KEYS[1] .. ':m:' .. id, in KEYS[1]'s slot.
-- Returns 0 when deleted or gone, 1 when a claim is required (none given, or another live claim's),
-- 2 when a claim id was given but the message is not claimed, 3 when the given claim is not live.
local now = tonumber(ARGV[1])
local id = ARGV[2]
local claim_id = ARGV[3]
local key = KEYS[1] .. ':m:' .. id
local m = redis.call('HMGET', key, 'e', 'c', 'ce')
if not m[1] or tonumber(m[1]) <= now then
  return 0
end
local claimed = m[2] and tonumber(m[3]) > now
if claim_id == '' then
  if claimed then
    return 1
  end
elseif not claimed then
  return 2
else
  local claim_ends = redis.call('ZSCORE', KEYS[5], claim_id)
  if not claim_ends or tonumber(claim_ends) <= now then
    return 3
  end
  if m[2] ~= claim_id then
    return 1
  end
end
redis.call('DEL', key)
redis.call('ZREM', KEYS[2], id)
redis.call('ZREM', KEYS[3], id)
redis.call('ZREM', KEYS[4], id)
return 0
