import CommandKit

/// The `lab` command: its subcommands, in the order `lab help` lists them.
public enum Lab {
    public static var program: Program {
        Program(name: "lab", summary: "lab: probe, plot and train the kit's activations",
                commands: [ValuesCommand.self, PlotCommand.self, TrainCommand.self, BenchCommand.self, ExperimentCommand.self])
    }
}
