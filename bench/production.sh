# The production configuration and setup shared by bench/run and bench/load; sourced, not run.
# Expects the repository root as the working directory and PY set to the virtualenv's python.

# The production configuration, with a throwaway secret key.
production_env() {  # $1: gunicorn's port on 127.0.0.1, $2: the database used when DATABASE_URL is unset
    export DJANGO_DEBUG=false
    export DJANGO_SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')
    export DJANGO_ALLOWED_HOSTS=127.0.0.1
    export SITE_URL=https://127.0.0.1:$1
    export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$2}
    # Startup messages of every process would drown the results; errors and warnings still show.
    export LOG_LEVEL=${LOG_LEVEL:-WARNING}
    # The bench plays the proxy on loopback: its X-Forwarded-For gives each simulated visitor an address.
    export TRUSTED_PROXIES=127.0.0.1
}

# As a browser behind the TLS-terminating proxy: production redirects plain HTTP to HTTPS.
BROWSER_HEADERS=(-H "X-Forwarded-Proto: https" -H "Accept-Encoding: gzip")

database_prepare() {  # $1: "fresh" to drop the database first; create, migrate, load content, collect static
    "$PY" bench/database.py ${1:+--"$1"}
    "$PY" manage.py migrate --noinput >/dev/null
    "$PY" manage.py createcachetable
    "$PY" manage.py load_clinic_content
    "$PY" manage.py collectstatic --noinput >/dev/null
}

wait_until_healthy() {  # $1: base URL, $2: log to point at; fails after 10 s without an answer
    for _ in $(seq 50); do
        curl -sf -o /dev/null "${BROWSER_HEADERS[@]}" "$1/healthz" && return
        sleep 0.2
    done
    echo "gunicorn did not answer; see $2" >&2
    return 1
}

machine_line() {
    echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
        "$(uname -sr), $(date -u '+%Y-%m-%d %H:%M UTC')"
}

# Milliseconds from wrk's "99%  8.12ms" (wrk prints us, ms or s).
p99_ms() {
    awk '$1 == "99%" { v = $2; f = 1000
        if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /m$/) f = 60000
        printf "%.1f", (v + 0) * f }' "$1"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
