-- wrk script: an observer pages through the queue by marker, 20 messages a page, as Zaqar's
-- observers do; run with one connection per thread (-tN -cN) so each follows its own marker.
-- At the end of the feed it starts again from the head.
local base = "/v2/queues/bench/messages?limit=20&echo=true"
local path = base
wrk.headers["Client-ID"] = "4381af92-2b9e-11e3-b191-71861300734c"
wrk.headers["X-Project-ID"] = "bench"

function request()
  return wrk.format("GET", path)
end

function response(status, headers, body)
  local next = body:match('"href"%s*:%s*"([^"]*marker=[^"]*)"')
  if next then
    path = next
  else
    path = base
  end
end
