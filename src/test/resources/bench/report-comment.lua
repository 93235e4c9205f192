-- The report row's load for wrk (NewsroomBenchmark, WrkLoad): every request reports another approved comment, read
-- from the id file the benchmark writes (argument 1), starting at an offset (argument 2) so that the measured run
-- reports other comments than the warm-up; one wrk thread takes every other id. A report is counted once per client
-- and comment, so a fresh comment per request keeps the insert and the counter update on every request. Same
-- "wrk-result" line as post-comment.lua; latencies in microseconds.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread", #threads)
end

function init(args)
   ids = {}
   for line in io.lines(args[1]) do
      ids[#ids + 1] = line
   end
   offset = tonumber(args[2] or "0")
   counter = 0
   not202 = 0
   cookies = 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   wrk.body = '{"reason":"spam","text":"Lasttest Meldung"}'
end

function request()
   local k = ((offset + counter * 2 + (thread - 1)) % #ids) + 1
   counter = counter + 1
   return wrk.format(nil, "/api/public/comments/" .. ids[k] .. "/reports")
end

function response(status, headers, body)
   if status ~= 202 then
      not202 = not202 + 1
   end
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
