"""Benchmarks (`make bench`): accuracy and speed, never run by the unit tests."""
