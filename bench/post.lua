-- POSTs one request body, read from a file, over and over; prints one JSON line of figures at the end.
-- wrk ... -s bench/post.lua URL -- BODY_FILE CONTENT_TYPE LABEL
local body, contentType, label

function init(args)
  local f = assert(io.open(args[1], "rb"))
  body = f:read("*a")
  f:close()
  contentType = args[2] or "application/json"
end

function request()
  return wrk.format("POST", nil, { ["Content-Type"] = contentType }, body)
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.2f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"non2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
