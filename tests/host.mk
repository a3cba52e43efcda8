# tests/host.mk
