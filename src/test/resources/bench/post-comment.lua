-- The POST row's load for wrk (NewsroomBenchmark, WrkLoad): every request posts a comment no other request posts
-- (run label, wrk thread and a per-thread counter), so the duplicate check never answers instead of the store.
-- Headers and body are those of a reader's browser posting a comment. The last line wrk prints is "wrk-result"
-- followed by key=value pairs for WrkLoad to read; latencies in microseconds.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread", #threads)
end

function init(args)
   label = args[1] or "m"
   counter = 0
   not202 = 0
   cookies = 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
end

function request()
   counter = counter + 1
   local n = label .. thread .. "-" .. counter
   return wrk.format(nil, nil, nil,
      '{"authorName":"Last ' .. n .. '","body":"Lasttest Kommentar Nummer ' .. n .. '"}')
end

function response(status, headers, body)
   if status ~= 202 then
      not202 = not202 + 1
   end
   -- The public POST must never start a session.
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
