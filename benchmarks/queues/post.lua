-- wrk script: each request POSTs MESSAGES messages (default 1) to one queue, as a Zaqar producer
-- does; the body is about 60 bytes per message.
local count = tonumber(os.getenv("MESSAGES") or "1")
local one = '{"body":{"event":"order.created","order":12345},"ttl":300}'
local messages = {}
for i = 1, count do
  messages[i] = one
end
wrk.method = "POST"
wrk.path = "/v2/queues/bench/messages"
wrk.body = '{"messages":[' .. table.concat(messages, ",") .. ']}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Client-ID"] = "3381af92-2b9e-11e3-b191-71861300734c"
wrk.headers["X-Project-ID"] = "bench"

-- wrk counts answers of 400 and above in its errors line; done() prints the count for the report.
function done(summary, latency, requests)
  io.write(string.format("status errors: %d\n", summary.errors.status))
end
