# Shortcuts for the scripts (the scripts work without make).
.PHONY: run test bench check-data
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
bench:
	bash scripts/bench.sh
check-data:
	cargo run --bin atlas-data -- check data
