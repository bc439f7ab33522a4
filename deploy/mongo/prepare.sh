#!/usr/bin/env bash
# Run by the cluster-prepare service (docker-compose.yml, profile `cluster`) before anything else of the
# cluster starts, in the mongo:8.0 image as root.
# 1. Stops with a message when .env lacks a setting the cluster needs: compose cannot insist on them
#    itself without failing the single-instance run, which does not use them.
# 2. Makes the replica set's key file on the first run and leaves it alone after that.
set -euo pipefail

missing=()
for name in MONGO_INITDB_ROOT_USERNAME MONGO_INITDB_ROOT_PASSWORD BIRGE_DOMAIN BIRGE_WEBHOOK_SECRET; do
	if [ -z "${!name:-}" ]; then
		missing+=("$name")
	fi
done
if [ "${#missing[@]}" -gt 0 ]; then
	echo "Set ${missing[*]} in .env (README, \"Deploy on a replica set with two instances\")" >&2
	exit 1
fi
# they go into the connection string as they are
if [[ ! "$MONGO_INITDB_ROOT_USERNAME$MONGO_INITDB_ROOT_PASSWORD" =~ ^[A-Za-z0-9]+$ ]]; then
	echo "MONGO_INITDB_ROOT_USERNAME and MONGO_INITDB_ROOT_PASSWORD: letters and digits only" >&2
	exit 1
fi
# what Telegram accepts as a secret token, and what Birge checks at start
if [[ ! "$BIRGE_WEBHOOK_SECRET" =~ ^[A-Za-z0-9_-]{1,256}$ ]]; then
	echo "BIRGE_WEBHOOK_SECRET: 1 to 256 characters of A-Z, a-z, 0-9, _ and -, e.g. from openssl rand -hex 32" >&2
	exit 1
fi
# a host name, as Caddy takes it for its certificate and the bots put it into the webhook's URL
if [[ ! "$BIRGE_DOMAIN" =~ ^[A-Za-z0-9.-]+$ ]]; then
	echo "BIRGE_DOMAIN: the host name alone, e.g. bot.example.org (no https://, no path)" >&2
	exit 1
fi

# The members prove to each other with this file that they belong to the set (and mongod then requires
# a login from everyone else). Any 6 to 1024 base64 characters, the same on every member, readable by
# mongod's user only; made here, never committed and never copied off the machine.
key=/etc/mongo-key/keyfile
if [ ! -s "$key" ]; then
	umask 077
	openssl rand -base64 756 > "$key.new"
	mv "$key.new" "$key"
	echo "Made the replica set's key file"
fi
chown mongodb:mongodb "$key"
chmod 400 "$key"
echo "Settings present; key file ready"
