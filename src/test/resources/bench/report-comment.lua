-- The report row's load for wrk (NewsroomBenchmark, WrkLoad): every request reports another approved comment, read
-- from the id file the benchmark writes (argument 1), starting at an offset (argument 2) so that the measured run
-- reports other comments than the warm-up; one wrk thread takes every other id. A report is counted once per client
-- and comment, so a fresh comment per request keeps the insert and the counter update on every request. Counting
-- and the "wrk-result" line come from wrk-common.lua, beside this file.

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "wrk-common.lua")

function init(args)
   common_init()
   ids = {}
   for line in io.lines(args[1]) do
      ids[#ids + 1] = line
   end
   offset = tonumber(args[2] or "0")
   wrk.body = '{"reason":"spam","text":"Lasttest Meldung"}'
end

function request()
   local k = ((offset + counter * 2 + (thread - 1)) % #ids) + 1
   counter = counter + 1
   return wrk.format(nil, "/api/public/comments/" .. ids[k] .. "/reports")
end
