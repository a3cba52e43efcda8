# tests/tourism.mk
