-- The POST row's load for wrk (NewsroomBenchmark, WrkLoad): every request posts a comment no other request posts
-- (run label, wrk thread and a per-thread counter), so the duplicate check never answers instead of the store.
-- Headers and body are those of a reader's browser posting a comment. Counting and the "wrk-result" line come from
-- wrk-common.lua, beside this file.

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "wrk-common.lua")

function init(args)
   common_init()
   label = args[1] or "m"
end

function request()
   counter = counter + 1
   local n = label .. thread .. "-" .. counter
   return wrk.format(nil, nil, nil,
      '{"authorName":"Last ' .. n .. '","body":"Lasttest Kommentar Nummer ' .. n .. '"}')
end
