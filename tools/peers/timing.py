"""The peers' stopwatch, the same rule as CNNLab's Stopwatch.best (Sources/cnnlab/Bench/Stopwatch.swift):
one untimed warm-up call, then timed calls until at least `repetitions` runs and `minimum_seconds`
spent; the fastest run is the figure least disturbed by the rest of the machine."""
import time


def best(body, repetitions=5, minimum_seconds=0.2):
    """Seconds taken by the fastest call of `body` (no arguments), after one warm-up call."""
    body()
    fastest, spent, runs = float("inf"), 0.0, 0
    while runs < repetitions or spent < minimum_seconds:
        start = time.perf_counter()
        body()
        t = time.perf_counter() - start
        fastest, spent, runs = min(fastest, t), spent + t, runs + 1
    return fastest
