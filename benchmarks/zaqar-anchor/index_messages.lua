-- Zaqar's index_messages script, written for this project from the behaviour the reference
-- describes (Debian's python3-zaqar ships without it): give the posted ids consecutive ranks.
-- KEYS[1]: the queue's message ZSET; KEYS[2]: its rank counter.
-- ARGV[1]: how many ids follow; ARGV[2..]: the ids, in post order.
local first = tonumber(redis.call('GET', KEYS[2]) or 1)
local count = tonumber(ARGV[1])
for i = 1, count do
  redis.call('ZADD', KEYS[1], first + i - 1, ARGV[i + 1])
end
redis.call('SET', KEYS[2], first + count)
