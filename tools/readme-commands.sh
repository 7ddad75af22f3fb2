#!/usr/bin/env bash
# Prints the command reference of README.md from the CLI's own --help, so the reference cannot drift from the code.
# Use: tools/readme-commands.sh > /tmp/ref.md, then replace the README section "Command reference" with it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./dossier --help >/dev/null
commands=(ingest articles show diff search annotate export report stories timeline dyad quotes claims agreements entities bench serve enqueue worker)
evals=(sentences parse ner temporal temporal-speed events quotes extract timeline)
trains=(sentences tagger lemmatizer parser ner clusters kb events-lexicon)
section() {
  echo "#### \`dossier $*\`"
  echo
  echo '```text'
  ./dossier "$@" --help | sed -e 's/^Usage:/Usage:/' -e 's/Dossier.Cli /dossier /' | sed -e '/^$/N;/^\n$/D'
  echo '```'
  echo
}
entities=(merge split rename delete decisions)
for c in "${commands[@]}"; do
  section "$c"
  if [[ "$c" == entities ]]; then
    for e in "${entities[@]}"; do section entities "$e"; done
    section entity
  fi
  if [[ "$c" == bench ]]; then
    section bench corpus
  fi
done
for c in "${evals[@]}"; do section eval "$c"; done
for c in "${trains[@]}"; do section train "$c"; done
