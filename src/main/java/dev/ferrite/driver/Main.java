package dev.ferrite.driver;

public final class Main {
    public static void main(String[] args) {
        System.out.println("ferrite");
    }
}
