# tests/county.mk
