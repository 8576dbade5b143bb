-- A mix of the service's traffic for wrk: mostly checks, some curation writes (approve then
-- reject of the same proposed event, with the version they were decided on, so both the success
-- and the 409 paths are exercised) and reads. wrk's non-2xx count includes those expected 409s;
-- soak.sh reads the 5xx count from the service's metrics.
local drafts = {
  '{"text": "Putin and Lukashenko held talks in Sochi on September 16, 2020.", "published": "2020-09-20"}',
  '{"text": "Putin and Lukashenko spoke by phone on October 2, 2020, the Kremlin said.", "published": "2020-10-03"}',
  '{"text": "<p>Putin met Lukashenko at the <b>Rzhev Memorial</b> on June 30, 2020.</p>", "format": "html", "published": "2020-07-01"}',
}
local event_id = os.getenv("SOAK_EVENT_ID") or "1"
local version = 0
local n = 0

request = function()
  n = n + 1
  local pick = n % 10
  if pick < 7 then
    return wrk.format("POST", "/v1/checks", {["Content-Type"] = "application/json"}, drafts[(n % #drafts) + 1])
  elseif pick < 9 then
    local action = (n % 2 == 0) and "approve" or "reject"
    return wrk.format("POST", "/v1/events/" .. event_id .. "/" .. action .. "?version=" .. version, {}, "")
  else
    return wrk.format("GET", "/v1/events?participant=Lukashenko&from=2020&to=2020")
  end
end

response = function(status, headers, body)
  if status == 200 and body:find('"version"') then
    local v = body:match('"version":(%d+)')
    if v and not body:find('^%[') then version = tonumber(v) end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx (wrk) %d, socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
