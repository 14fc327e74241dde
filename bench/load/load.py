#!/usr/bin/env python3
"""Mixed load on a TheoDoi server on loopback (issue 12, item 14): public reads at N connections and
task, indicator, registry and import writes in parallel; prints p50/p95/p99 per kind as a Markdown table.

Bounded: --seconds (default 30) and --max-requests per worker; refuses any host but loopback.
    python3 bench/load/load.py --base http://127.0.0.1:5099 --accounts DATA/demo-accounts.txt
"""
import argparse, http.client, json, random, statistics, sys, threading, time, urllib.parse, uuid

READS = ["/public/indicators", "/api/v1/public/indicators", "/api/v1/public/indicators/KCN-XLNT",
         "/api/v1/public/indicators/CTR-SH-DT/values?format=csv", "/water", "/"]


class Client:
    def __init__(self, base, token=None):
        u = urllib.parse.urlparse(base)
        self.host, self.port, self.token = u.hostname, u.port or 80, token
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def call(self, method, path, body=None, content_type="application/json"):
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if body is not None and content_type == "application/json":
            body = json.dumps(body).encode()
        if body is not None:
            headers["Content-Type"] = content_type
        for attempt in (0, 1):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt:
                    raise


def token(base, username, password):
    status, body = Client(base).call("POST", "/api/v1/auth/token", {"username": username, "password": password})
    if status != 200:
        sys.exit(f"sign-in of {username} failed: {status} {body[:200]!r}")
    return json.loads(body)["token"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:5099")
    ap.add_argument("--accounts", required=True, help="demo-accounts.txt of the server's data directory")
    ap.add_argument("--readers", type=int, default=32)
    ap.add_argument("--writers", type=int, default=2, help="workers per write kind")
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--max-requests", type=int, default=5000, help="per worker")
    a = ap.parse_args()
    if urllib.parse.urlparse(a.base).hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loopback only")
    accounts = dict(line.split(" ", 1) for line in open(a.accounts).read().split("\n") if " " in line)
    coordinator = token(a.base, "demo-coordinator", accounts["demo-coordinator"])
    steward = token(a.base, "demo-steward", accounts["demo-steward"])
    tasks = [t["id"] for t in json.loads(Client(a.base, coordinator).call("GET", "/api/v1/tasks")[1])]

    samples, errors, lock = {}, {}, threading.Lock()
    stop_at = time.monotonic() + a.seconds

    def record(kind, started, status):
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            samples.setdefault(kind, []).append(elapsed)
            if status >= 400 and status != 409:  # a version conflict is a correct answer under parallel edits
                errors[kind] = errors.get(kind, 0) + 1

    def reader(i):
        c = Client(a.base)
        for n in range(a.max_requests):
            if time.monotonic() > stop_at:
                return
            path = READS[(i + n) % len(READS)]
            t = time.perf_counter()
            status, _ = c.call("GET", path)
            record("read " + path.split("?")[0], t, status)

    def task_writer(i):
        c = Client(a.base, coordinator)
        for n in range(a.max_requests):
            if time.monotonic() > stop_at:
                return
            task = random.choice(tasks)
            status, body = c.call("GET", f"/api/v1/tasks/{task}")
            version = json.loads(body)["task"]["version"] if status == 200 else None  # GET /tasks/{id} answers {"task": {…, "version"}, …}
            t = time.perf_counter()
            status, _ = c.call("PATCH", f"/api/v1/tasks/{task}", {"progress": random.randint(0, 100), "version": version, "comment": "tải thử"})
            record("write task", t, status)

    def indicator_writer(i):
        c = Client(a.base, coordinator)
        for n in range(a.max_requests):
            if time.monotonic() > stop_at:
                return
            t = time.perf_counter()
            status, _ = c.call("PUT", "/api/v1/indicators/KCN-XLNT/values",
                               {"items": [{"unit": random.choice(["72", "74", "75", "77"]), "year": random.randint(2010, 2019),
                                           "numerator": random.randint(1, 50), "denominator": 50, "state": "draft"}]})
            record("write indicator", t, status)

    def registry_writer(i):
        c = Client(a.base, coordinator)
        for n in range(a.max_requests):
            if time.monotonic() > stop_at:
                return
            g = random.randint(100, 200)
            t = time.perf_counter()
            status, _ = c.call("PUT", "/api/v1/registries/waste",
                               {"items": [{"unit": random.choice(["72", "74", "75"]), "year": random.randint(2010, 2019), "urbanGenerated": g,
                                           "urbanCollected": g - 10, "urbanTreated": g - 20, "hazardousGenerated": 10, "hazardousTreated": 9}]})
            record("write registry", t, status)

    def import_writer(i):
        c = Client(a.base, steward)
        for n in range(a.max_requests):
            if time.monotonic() > stop_at:
                return
            day = random.randint(1, 28)
            hour = random.randint(0, 23)
            csv = "station,time,parameter,value,unit,qualifier\n" + "".join(
                f"SG-07,2019-02-{day:02d}T{hour:02d}:{m:02d}:00+07:00,{p},{random.uniform(1, 9):.2f},{u},\n"
                for m in range(0, 60, 15) for p, u in (("DO", "mg/L"), ("BOD5", "mg/L"), ("pH", "")))
            boundary = uuid.uuid4().hex
            body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"load.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                    f"{csv}\r\n--{boundary}--\r\n").encode()
            t = time.perf_counter()
            status, _ = c.call("POST", "/api/v1/water/observations/import", body, "multipart/form-data; boundary=" + boundary)
            record("write import", t, status)

    workers = [threading.Thread(target=reader, args=(i,)) for i in range(a.readers)]
    for kind in (task_writer, indicator_writer, registry_writer, import_writer):
        workers += [threading.Thread(target=kind, args=(i,)) for i in range(a.writers)]
    began = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.monotonic() - began

    def pct(values, p):
        values = sorted(values)
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

    print(f"| kind | requests | req/s | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|")
    groups = dict(samples)
    groups["all writes"] = [v for k, vs in samples.items() if k.startswith("write") for v in vs]
    groups["all public reads"] = [v for k, vs in samples.items() if k.startswith("read") for v in vs]
    for kind in sorted(groups):
        v = groups[kind]
        if not v:
            continue
        e = sum(n for k, n in errors.items() if k == kind or (kind == "all writes" and k.startswith("write")) or (kind == "all public reads" and k.startswith("read")))
        print(f"| {kind} | {len(v)} | {len(v) / wall:.0f} | {e} | {statistics.median(v):.0f} | {pct(v, 95):.0f} | {pct(v, 99):.0f} |")


if __name__ == "__main__":
    main()
