#!/usr/bin/env bash
# Installs the system packages filmgraph's tests use, from Debian. Does nothing when all are there.
# Run as root, or as a user who may sudo. Node packages come from `npm ci`, not from here.
set -euo pipefail

# Each package and what the tests use it for:
#   raptor2-utils  - rapper, an independent RDF parser that cross-checks filmgraph's files and output
#   python3-rdflib - rdflib, a second independent parser (TriG, JSON-LD) for the same cross-checks
#   chromium       - a real browser for the page tests (driven by playwright-core)
#   rasqal-utils   - roqet, a SPARQL client for the endpoint tests
#   python3-sparqlwrapper - SPARQLWrapper, the Python SPARQL client, against the endpoint
#   virtuoso-opensource - OpenLink Virtuoso 7 (virtuoso-t, isql-vt), the real SPARQL server the
#                  remote-store tests start on 127.0.0.1 (its service is not started: it needs systemd)
PACKAGES=(raptor2-utils python3-rdflib chromium rasqal-utils python3-sparqlwrapper virtuoso-opensource)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: all present (${PACKAGES[*]})"
  exit 0
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "install-test-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
