async def test_healthz(client):
    r = await client.get("/healthz")
    assert r.status_code == 200, r.text
    assert r.json()["checks"] == {"database": "ok", "broker": "ok", "smtp": "ok"}
