-- wrk script: every request answers a question not answered before.
-- bench/bench_answer.py writes bench_answer_students.lua beside the database with
-- `students = {{token, attempt_id}, ...}` and `questions = {id, ...}`.
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
  table.insert(threads, thread)
end

function init(args)
  dofile(args[1])
  nthreads = tonumber(args[2])
  n = 0
  mine = {}
  for i = 1, #students do
    if (i - 1) % nthreads == tid then table.insert(mine, students[i]) end
  end
end

function request()
  local s = mine[(n % #mine) + 1]
  local q = questions[math.floor(n / #mine) % #questions + 1]
  n = n + 1
  local body = '{"question_id": ' .. q .. ', "choice": 0}'
  return wrk.format("POST", "/api/v1/attempts/" .. s[2] .. "/answers",
    {["Authorization"] = "Bearer " .. s[1], ["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local codes = {}
end
