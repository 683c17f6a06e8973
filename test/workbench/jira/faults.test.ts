import { AGENT, strictSimulator } from './fixture';

describe('Jira simulator: fault knobs', () => {
  it('answers 429 with Retry-After for the configured number of times, then succeeds', async () => {
    const { simulator, call } = strictSimulator();
    simulator.faults.add({ method: 'GET', pathPattern: '/rest/api/3/issue/SD-1', status: 429, retryAfterSeconds: 7, times: 1 });
    const limited = await call(AGENT, 'GET', '/rest/api/3/issue/SD-1?fields=summary');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect((await call(AGENT, 'GET', '/rest/api/3/issue/SD-1?fields=summary')).status).toBe(200);
  });

  it('matches paths by regular expression and leaves other methods alone', async () => {
    const { simulator, call } = strictSimulator();
    simulator.faults.add({ method: 'POST', pathPattern: /\/comment$/, status: 503 });
    expect((await call(AGENT, 'POST', '/rest/api/3/issue/SD-1/comment', { body: { type: 'doc', version: 1, content: [] } })).status).toBe(503);
    expect((await call(AGENT, 'GET', '/rest/api/3/issue/SD-1/comment')).status).toBe(200);
  });

  it('delays the fault by its latency', async () => {
    const { simulator, call } = strictSimulator();
    simulator.faults.add({ pathPattern: '/rest/api/3/myself', status: 500, latencyMs: 30, times: 1 });
    const started = Date.now();
    expect((await call(AGENT, 'GET', '/rest/api/3/myself')).status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
