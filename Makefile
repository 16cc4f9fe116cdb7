# The two commands of README.md: `make demo` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
INSPECTOR := $(BUILD_DIR)/app/mackerel-inspector

.PHONY: all deps configure build test demo clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The window where there is a display, the terminal report where there is none.
demo: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(INSPECTOR) --demo ec2; else $(INSPECTOR) detect --demo ec2; fi

clean:
	rm -rf $(BUILD_DIR)
