# tests/sectors.mk
