-- What post-comment.lua and report-comment.lua share (loaded with dofile from the same folder; WrkLoad copies all
-- three): thread numbering, counting answers other than 202 and answers that try to start a session, and the
-- "wrk-result" line WrkLoad reads (key=value pairs, latencies in microseconds).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread", #threads)
end

-- Resets this thread's counters and sets the JSON headers; each script's init calls it first.
function common_init()
   counter = 0
   not202 = 0
   cookies = 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
end

function response(status, headers, body)
   if status ~= 202 then
      not202 = not202 + 1
   end
   -- The public endpoints must never start a session.
   if headers["Set-Cookie"] or headers["set-cookie"] then
      cookies = cookies + 1
   end
end

function done(summary, latency, requests)
   local notAccepted, sessions = 0, 0
   for _, t in ipairs(threads) do
      notAccepted = notAccepted + t:get("not202")
      sessions = sessions + t:get("cookies")
   end
   local e = summary.errors
   io.write(string.format("wrk-result requests=%d duration_us=%d not202=%d non2xx=%d cookies=%d connect=%d read=%d write=%d timeout=%d p50_us=%d p99_us=%d mean_us=%.1f max_us=%d\n",
      summary.requests, summary.duration, notAccepted, e.status, sessions, e.connect, e.read, e.write, e.timeout,
      latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
