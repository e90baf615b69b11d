-- Replaces a queue's metadata when it is still what the caller read (compare and set).
-- KEYS: [1] queue hash
-- ARGV: [1] the metadata JSON the caller read, [2] the new metadata JSON
-- Returns 1 when replaced, 0 when it changed meanwhile, -1 when the queue does not exist.
local current = redis.call('HGET', KEYS[1], 'm')
if not current then
  return -1
end
if current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'm', ARGV[2])
return 1
