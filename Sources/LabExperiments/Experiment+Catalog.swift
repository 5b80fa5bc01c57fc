extension Experiment {
    /// Every experiment in the order `lab experiment all` runs them: the articles' two
    /// comparisons first, then the student's activation, then the exercises the third article
    /// leaves open (depth, mixtures) and the 2-D pictures.
    public static let all: [Experiment] = [
        .reluVersusSigmoid, .compareActivations, .custom, .depth, .mixed, .boundaries,
    ]

    /// The experiment called `name`, or nil.
    public static func named(_ name: String) -> Experiment? {
        all.first { $0.name == name }
    }
}
