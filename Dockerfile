# syntax=docker/dockerfile:1
# Heliograph application image: one image for the web, worker, scheduler and migrate processes.
FROM python:3.11-slim

# The uv that wrote uv.lock; bump both together.
ARG UV_VERSION=0.13.9

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv

RUN pip install --no-cache-dir "uv==${UV_VERSION}"

WORKDIR /app

# Dependencies first, so editing the source does not reinstall them.
COPY pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project

# Then the project itself.
COPY README.md ./
COPY platform/ platform/
COPY tasks/ tasks/
COPY templates/ templates/
RUN uv sync --locked --no-dev

# Run as an unprivileged user; only the data folder is writable.
RUN groupadd --system --gid 10001 heliograph \
    && useradd --system --uid 10001 --gid heliograph --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin heliograph \
    && mkdir -p /app/var \
    && chown heliograph:heliograph /app/var

ENV PATH=/app/.venv/bin:$PATH \
    HELIOGRAPH_DATA_DIR=/app/var

USER heliograph

EXPOSE 8000

# Meant for the web process; compose disables it for worker, scheduler and migrate.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

CMD ["heliograph", "serve", "--host", "0.0.0.0", "--port", "8000"]
