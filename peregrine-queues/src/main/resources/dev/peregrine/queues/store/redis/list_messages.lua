-- A page of messages after a position, oldest first, skipping (not counting) the ones the query
-- hides; it keeps scanning until the page is full, the index ends or the scan bound is reached,
-- so that no call holds Redis for long. The caller goes on from where a bounded scan stopped.
-- KEYS: [1] queue hash, [2] message index
-- ARGV: [1] now, [2] position to start after (0 for the head),
--       [3] limit, [4] client id to hide ('' to hide none), [5] '1' to include claimed,
--       [6] '1' to include delayed, [7] how many index entries to scan at most
-- A marker beyond every position the queue handed out finds nothing after it: an empty page.
-- Returns {page, resume}: page holds one array per message (id, then the hash fields
-- p b cr t e u d c ce cc); resume is the last position scanned when the bound cut the scan short
-- with the page not full, else ''.
local now = tonumber(ARGV[1])
local after = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local hidden_client = ARGV[4]
local include_claimed = ARGV[5] == '1'
local include_delayed = ARGV[6] == '1'
local bound = tonumber(ARGV[7])
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {{}, ''}
end
local page = {}
local scanned = 0
local window = math.max(limit, 50)
local from = '(' .. after
local last_scanned = after
local ended = false
while #page < limit and scanned < bound do
  local ids = redis.call('ZRANGEBYSCORE', KEYS[2], from, '+inf', 'WITHSCORES', 'LIMIT', 0, window)
  if #ids == 0 then
    ended = true
    break
  end
  for i = 1, #ids, 2 do
    local id = ids[i]
    scanned = scanned + 1
    local m = redis.call('HMGET', KEYS[1] .. ':m:' .. id, 'p', 'b', 'cr', 't', 'e', 'u', 'd', 'c', 'ce', 'cc')
    if m[1] and tonumber(m[5]) > now
        and (include_claimed or not m[8] or tonumber(m[9]) <= now)
        and (include_delayed or tonumber(m[7]) <= now)
        and (hidden_client == '' or m[6] ~= hidden_client) then
      page[#page + 1] = {id, m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]}
      if #page == limit then
        break
      end
    end
    from = '(' .. ids[i + 1]
    last_scanned = ids[i + 1]
  end
  if #page < limit and #ids < window * 2 then
    ended = true
    break
  end
end
if #page < limit and not ended then
  return {page, tostring(last_scanned)}
end
return {page, ''}
