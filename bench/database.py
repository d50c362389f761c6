"""Create the PostgreSQL database of DATABASE_URL if it is missing; with --fresh, drop it first."""

import argparse
import os

import dj_database_url
import psycopg2

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--fresh", action="store_true", help="drop the database first (its connections too)")
args = parser.parse_args()

db = dj_database_url.parse(os.environ["DATABASE_URL"])
conn = psycopg2.connect(
    dbname="postgres",
    user=db["USER"],
    password=db["PASSWORD"] or None,
    host=db["HOST"],
    port=db["PORT"] or 5432,
)
conn.autocommit = True
with conn.cursor() as cursor:
    if args.fresh:
        cursor.execute(f'DROP DATABASE IF EXISTS "{db["NAME"]}" WITH (FORCE)')
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
    if cursor.fetchone() is None:
        cursor.execute(f'CREATE DATABASE "{db["NAME"]}"')
