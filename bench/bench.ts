// placeholder until the benchmark lands
