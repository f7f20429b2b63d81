#!/usr/bin/env bash
# Screenshots of the consoles for docs/screenshots, made by the browser tests (ConsoleIT, FrontDesksIT,
# BackOfficeIT, OversightIT) against the Arquillian-run server, never by hand. Needs a built tree (./mvnw -DskipTests install) and
# Debian's chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw --batch-mode --no-transfer-progress -pl integration-tests verify \
  -Dit.oidc.skip=true -Dit.browser.required=true -Dit.test='ConsoleIT,FrontDesksIT,BackOfficeIT,OversightIT'
mkdir -p docs/screenshots
cp $(ls integration-tests/target/screenshots/*.png | grep -v timed-out) docs/screenshots/
ls -l docs/screenshots
