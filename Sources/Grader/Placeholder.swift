// Grader: under construction.
