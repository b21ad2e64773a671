# Makefile: shortcuts for the scripts in scripts/ (each installs what is missing first).
#   make serve   trunk serve --release at http://127.0.0.1:8080
#   make build   trunk build --release into dist/
#   make test    every test: cargo test, release build, browser tests, copied-text check
#   make size    first-visit gzip size of the release vs the 140 KB budget
#   make bench   first screen, app ready and an answer painted, against a plain HTML page
#                (prints figures; never fails on a timing)
#   make fuzz    the long fuzz run: 2,000,000 cases per parser, CASES=n for another count
#                (needs only cargo and node, so it installs nothing)
#   make setup   install the toolchain only

.PHONY: serve build test size bench fuzz setup

serve:
	bash scripts/serve.sh

build:
	bash scripts/build.sh

test:
	bash scripts/test.sh

size:
	bash scripts/size.sh

bench:
	bash scripts/bench.sh

fuzz:
	bash scripts/fuzz.sh $(CASES)

setup:
	bash scripts/setup.sh
