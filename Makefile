# Makefile: shortcuts for the scripts in scripts/ (each installs what is missing first).
#   make serve   trunk serve --release at http://127.0.0.1:8080
#   make build   trunk build --release into dist/
#   make test    every test: cargo test, release build, browser tests, copied-text check
#   make size    first-visit gzip size of the release vs the 90 KB budget
#   make setup   install the toolchain only

.PHONY: serve build test size setup

serve:
	bash scripts/serve.sh

build:
	bash scripts/build.sh

test:
	bash scripts/test.sh

size:
	bash scripts/size.sh

setup:
	bash scripts/setup.sh
